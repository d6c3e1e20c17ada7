/* Legacy LPC client: connect to a named port and make one request/reply round trip.
 * expect connect to LPC port: ipc_lpc_client */
#include "nt_ipc.h"

IPC_TEST_FN HANDLE ipc_lpc_client(void) {
  UNICODE_STRING name;
  SECURITY_QUALITY_OF_SERVICE qos = {sizeof qos, SecurityImpersonation, SECURITY_DYNAMIC_TRACKING,
                                     TRUE};
  HANDLE port = NULL;
  ULONG max = 0;
  static unsigned char msg[0x148], reply[0x148];
  RtlInitUnicodeString(&name, L"\\RPC Control\\capa_ts_lpc");
  if (NtConnectPort(&port, &name, &qos, NULL, NULL, &max, NULL, NULL) < 0) return NULL;
  NtRequestWaitReplyPort(port, msg, reply);
  return port;
}

int main(void) {
  IPC_KEEP(ipc_lpc_client());
  return 0;
}
