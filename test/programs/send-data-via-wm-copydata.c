/* Hands a buffer to another process's window with WM_COPYDATA.
 * expect send data via WM_COPYDATA: ipc_copydata_send */
#include "ipc_test.h"

IPC_TEST_FN LRESULT ipc_copydata_send(const char *data, DWORD len) {
  COPYDATASTRUCT cds;
  HWND peer = FindWindowA("capa_ts_receiver", NULL);
  if (!peer) return 0;
  cds.dwData = 0xC0DE;
  cds.cbData = len;
  cds.lpData = (PVOID)data;
  return SendMessageA(peer, WM_COPYDATA, 0, (LPARAM)&cds);
}

int main(void) {
  static const char msg[] = "capa-ts copydata";
  IPC_KEEP(ipc_copydata_send(msg, sizeof msg));
  return 0;
}
