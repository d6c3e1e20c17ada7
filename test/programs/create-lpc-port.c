/* Legacy LPC server: create a named port and listen for a connection request.
 * expect create LPC port: ipc_lpc_server */
#include "nt_ipc.h"

IPC_TEST_FN HANDLE ipc_lpc_server(void) {
  UNICODE_STRING name;
  OBJECT_ATTRIBUTES oa;
  HANDLE port = NULL;
  static unsigned char msg[0x148];
  RtlInitUnicodeString(&name, L"\\RPC Control\\capa_ts_lpc");
  ipc_init_oa(&oa, &name);
  if (NtCreatePort(&port, &oa, 0x100, 0x148, 0) < 0) return NULL;
  NtListenPort(port, msg);
  return port;
}

int main(void) {
  IPC_KEEP(ipc_lpc_server());
  return 0;
}
