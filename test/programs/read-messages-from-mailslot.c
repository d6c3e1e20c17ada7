/* A mailslot server loop: create the slot, ask how many messages wait, read them.
 * expect read messages from mailslot: ipc_drain_mailslot */
#include "ipc_test.h"

IPC_TEST_FN DWORD ipc_drain_mailslot(char *buf, DWORD size) {
  DWORD next = 0, count = 0, got = 0, total = 0;
  HANDLE slot = CreateMailslotA("\\\\.\\mailslot\\capa_ts\\drain", 0, 0, NULL);
  if (slot == INVALID_HANDLE_VALUE) return 0;
  while (GetMailslotInfo(slot, NULL, &next, &count, NULL) && next != MAILSLOT_NO_MESSAGE &&
         next <= size) {
    if (!ReadFile(slot, buf, next, &got, NULL)) break;
    total += got;
  }
  CloseHandle(slot);
  return total;
}

int main(void) {
  static char buf[512];
  IPC_KEEP(ipc_drain_mailslot(buf, sizeof buf));
  return 0;
}
