/* ALPC server: create a named connection port, wait for a connection request, accept it.
 * expect create ALPC port: ipc_alpc_server */
#include "nt_ipc.h"

IPC_TEST_FN HANDLE ipc_alpc_server(void) {
  UNICODE_STRING name;
  OBJECT_ATTRIBUTES oa;
  HANDLE port = NULL, comm = NULL;
  static unsigned char msg[0x200];
  SIZE_T len = sizeof msg;
  RtlInitUnicodeString(&name, L"\\RPC Control\\capa_ts_alpc");
  ipc_init_oa(&oa, &name);
  if (NtAlpcCreatePort(&port, &oa, NULL) < 0) return NULL;
  NtAlpcSendWaitReceivePort(port, 0, NULL, NULL, msg, &len, NULL, NULL);
  NtAlpcAcceptConnectPort(&comm, port, 0, NULL, NULL, NULL, msg, NULL, TRUE);
  return comm;
}

int main(void) {
  IPC_KEEP(ipc_alpc_server());
  return 0;
}
