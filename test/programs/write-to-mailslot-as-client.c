/* Mailslot clients: one writes to a local slot (ANSI), one broadcasts to every host of the
 * primary domain (UTF-16, message kept under the 424-byte broadcast limit).
 * expect write to mailslot as client: ipc_send_local ipc_send_broadcast
 * forbid rule: create mailslot server
 * forbid rule: read messages from mailslot */
#include "ipc_test.h"

IPC_TEST_FN BOOL ipc_send_local(const char *msg, DWORD len) {
  DWORD written = 0;
  HANDLE h = CreateFileA("\\\\.\\mailslot\\capa_ts\\inbox", GENERIC_WRITE, FILE_SHARE_READ, NULL,
                         OPEN_EXISTING, FILE_ATTRIBUTE_NORMAL, NULL);
  if (h == INVALID_HANDLE_VALUE) return FALSE;
  BOOL ok = WriteFile(h, msg, len, &written, NULL);
  CloseHandle(h);
  return ok;
}

IPC_TEST_FN BOOL ipc_send_broadcast(const char *msg, DWORD len) {
  DWORD written = 0;
  HANDLE h = CreateFileW(L"\\\\*\\mailslot\\capa_ts\\inbox", GENERIC_WRITE, FILE_SHARE_READ, NULL,
                         OPEN_EXISTING, FILE_ATTRIBUTE_NORMAL, NULL);
  if (h == INVALID_HANDLE_VALUE) return FALSE;
  BOOL ok = WriteFile(h, msg, len > 424 ? 424 : len, &written, NULL);
  CloseHandle(h);
  return ok;
}

int main(void) {
  static const char msg[] = "capa-ts mailslot test message";
  IPC_KEEP(ipc_send_local(msg, sizeof msg));
  IPC_KEEP(ipc_send_broadcast(msg, sizeof msg));
  return 0;
}
