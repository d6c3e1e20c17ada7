/* Every spelling of a mailslot name, handed to a logging sink only (no mailslot API here),
 * so the rule is seen to key on the name alone.
 * expect reference mailslot name: ipc_names_local_and_remote ipc_names_domain_and_broadcast ipc_names_native
 * forbid rule: create mailslot server
 * forbid rule: write to mailslot as client */
#include "ipc_test.h"

IPC_TEST_FN void ipc_names_local_and_remote(void) {
  OutputDebugStringA("\\\\.\\MailSlot\\capa_ts\\local");
  OutputDebugStringA("\\\\FILESRV01\\mailslot\\capa_ts\\remote");
}

IPC_TEST_FN void ipc_names_domain_and_broadcast(void) {
  OutputDebugStringW(L"\\\\CORP\\mailslot\\capa_ts\\domain");
  OutputDebugStringW(L"\\\\*\\MAILSLOT\\capa_ts\\broadcast");
}

IPC_TEST_FN void ipc_names_native(void) {
  OutputDebugStringW(L"\\??\\mailslot\\capa_ts\\nt");
  OutputDebugStringW(L"\\Device\\Mailslot\\capa_ts\\device");
}

int main(void) {
  ipc_names_local_and_remote();
  ipc_names_domain_and_broadcast();
  ipc_names_native();
  return 0;
}
