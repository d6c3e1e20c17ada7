/* Polls a mailslot for pending messages without reading them.
 * expect query mailslot information: ipc_pending_messages */
#include "ipc_test.h"

IPC_TEST_FN DWORD ipc_pending_messages(HANDLE slot) {
  DWORD next = 0, count = 0, max = 0;
  if (!GetMailslotInfo(slot, &max, &next, &count, NULL)) return 0;
  return next == MAILSLOT_NO_MESSAGE ? 0 : count;
}

int main(void) {
  HANDLE slot = CreateMailslotA("\\\\.\\mailslot\\capa_ts\\query", 0, 0, NULL);
  IPC_KEEP(ipc_pending_messages(slot));
  return 0;
}
