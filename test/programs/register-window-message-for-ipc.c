/* Registers a private message id and broadcasts it to all top-level windows.
 * expect register window message for IPC: ipc_private_message */
#include "ipc_test.h"

IPC_TEST_FN BOOL ipc_private_message(WPARAM cmd) {
  UINT id = RegisterWindowMessageA("capa_ts_private_message");
  if (!id) return FALSE;
  return PostMessageA(HWND_BROADCAST, id, cmd, (LPARAM)GetCurrentProcessId());
}

int main(void) {
  IPC_KEEP(ipc_private_message(1));
  return 0;
}
