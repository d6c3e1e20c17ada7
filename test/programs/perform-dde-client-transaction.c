/* Sends a command (XTYP_EXECUTE) and a request (XTYP_REQUEST) over an open DDE conversation.
 * expect perform DDE client transaction: ipc_dde_execute ipc_dde_request */
#include "ipc_test.h"
#include <ddeml.h>

IPC_TEST_FN BOOL ipc_dde_execute(HCONV conv) {
  static BYTE cmd[] = "[capa_ts_command()]";
  return DdeClientTransaction(cmd, sizeof cmd, conv, NULL, 0, XTYP_EXECUTE, 5000, NULL) != NULL;
}

IPC_TEST_FN DWORD ipc_dde_request(DWORD inst, HCONV conv, BYTE *out, DWORD size) {
  HSZ item = DdeCreateStringHandleA(inst, "capa_ts_item", CP_WINANSI);
  HDDEDATA d = DdeClientTransaction(NULL, 0, conv, item, CF_TEXT, XTYP_REQUEST, 5000, NULL);
  if (!d) return 0;
  DWORD n = DdeGetData(d, out, size, 0);
  DdeFreeDataHandle(d);
  return n;
}

int main(void) {
  static BYTE out[64];
  IPC_KEEP(ipc_dde_execute(NULL));
  IPC_KEEP(ipc_dde_request(0, NULL, out, sizeof out));
  return 0;
}
