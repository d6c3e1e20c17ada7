/* Server side of a mailslot, once through Win32 and once through the native API.
 * expect create mailslot server: ipc_create_slot_win32 ipc_create_slot_native
 * forbid rule: build mailslot name on the stack
 * forbid rule: decode mailslot name with XOR
 * forbid rule: resolve mailslot API at run time
 * forbid rule: read messages from mailslot
 * forbid rule: write to mailslot as client */
#include "nt_ipc.h"

IPC_TEST_FN HANDLE ipc_create_slot_win32(void) {
  /* wide variant, 0 = no message size limit, 1 s read timeout */
  return CreateMailslotW(L"\\\\.\\mailslot\\capa_ts\\server", 0, 1000, NULL);
}

IPC_TEST_FN HANDLE ipc_create_slot_native(void) {
  UNICODE_STRING name;
  OBJECT_ATTRIBUTES oa;
  IO_STATUS_BLOCK iosb;
  LARGE_INTEGER timeout;
  HANDLE h = NULL;
  RtlInitUnicodeString(&name, L"\\??\\mailslot\\capa_ts\\native");
  ipc_init_oa(&oa, &name);
  timeout.QuadPart = -10000000LL; /* relative 1 s */
  NtCreateMailslotFile(&h, GENERIC_READ | SYNCHRONIZE, &oa, &iosb, 0, 0, 424, &timeout);
  return h;
}

int main(void) {
  IPC_KEEP(ipc_create_slot_win32());
  IPC_KEEP(ipc_create_slot_native());
  return 0;
}
