/* CreateMailslotA and NtCreateMailslotFile are looked up at run time, so neither is imported.
 * expect resolve mailslot API at run time: ipc_resolve_create_mailslot ipc_resolve_native_mailslot
 * forbid rule: create mailslot server */
#include "nt_ipc.h"

typedef HANDLE(WINAPI *create_mailslot_fn)(LPCSTR, DWORD, DWORD, LPSECURITY_ATTRIBUTES);

IPC_TEST_FN HANDLE ipc_resolve_create_mailslot(void) {
  HMODULE k32 = GetModuleHandleA("kernel32.dll");
  create_mailslot_fn fn = (create_mailslot_fn)(void *)GetProcAddress(k32, "CreateMailslotA");
  if (!fn) return NULL;
  return fn("\\\\.\\mailslot\\capa_ts\\dynamic", 0, MAILSLOT_WAIT_FOREVER, NULL);
}

IPC_TEST_FN PVOID ipc_resolve_native_mailslot(void) {
  ANSI_STRING name;
  PVOID fn = NULL;
  RtlInitAnsiString(&name, "NtCreateMailslotFile");
  LdrGetProcedureAddress(GetModuleHandleA("ntdll.dll"), &name, 0, &fn);
  return fn;
}

int main(void) {
  IPC_KEEP(ipc_resolve_create_mailslot());
  IPC_KEEP(ipc_resolve_native_mailslot());
  return 0;
}
