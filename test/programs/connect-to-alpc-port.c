/* ALPC client: connect to a named server port and send one request, waiting for the reply.
 * expect connect to ALPC port: ipc_alpc_client */
#include "nt_ipc.h"

IPC_TEST_FN HANDLE ipc_alpc_client(void) {
  UNICODE_STRING name;
  HANDLE port = NULL;
  static unsigned char msg[0x200], reply[0x200];
  SIZE_T len = sizeof reply;
  RtlInitUnicodeString(&name, L"\\RPC Control\\capa_ts_alpc");
  if (NtAlpcConnectPort(&port, &name, NULL, NULL, 0x20000, NULL, NULL, NULL, NULL, NULL, NULL) < 0)
    return NULL;
  NtAlpcSendWaitReceivePort(port, 0x20000, msg, NULL, reply, &len, NULL, NULL);
  return port;
}

int main(void) {
  IPC_KEEP(ipc_alpc_client());
  return 0;
}
