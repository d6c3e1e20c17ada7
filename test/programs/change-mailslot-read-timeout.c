/* Switches an existing mailslot between blocking and polling reads.
 * expect change mailslot read timeout: ipc_make_slot_nonblocking */
#include "ipc_test.h"

IPC_TEST_FN BOOL ipc_make_slot_nonblocking(HANDLE slot) {
  return SetMailslotInfo(slot, 0);
}

int main(void) {
  HANDLE slot = CreateMailslotA("\\\\.\\mailslot\\capa_ts\\timeout", 0, MAILSLOT_WAIT_FOREVER, NULL);
  IPC_KEEP(ipc_make_slot_nonblocking(slot));
  return 0;
}
