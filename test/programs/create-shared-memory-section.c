/* Named, page-file-backed shared memory, through Win32 and through the native section API.
 * expect create shared memory section: ipc_shm_create_win32 ipc_shm_create_native */
#include "nt_ipc.h"

IPC_TEST_FN void *ipc_shm_create_win32(void) {
  HANDLE m = CreateFileMappingA(INVALID_HANDLE_VALUE, NULL, PAGE_READWRITE, 0, 0x1000,
                                "Local\\capa_ts_shared");
  if (!m) return NULL;
  return MapViewOfFile(m, FILE_MAP_ALL_ACCESS, 0, 0, 0x1000);
}

IPC_TEST_FN void *ipc_shm_create_native(void) {
  UNICODE_STRING name;
  OBJECT_ATTRIBUTES oa;
  LARGE_INTEGER size;
  HANDLE s = NULL;
  PVOID base = NULL;
  SIZE_T view = 0;
  RtlInitUnicodeString(&name, L"\\BaseNamedObjects\\capa_ts_section");
  ipc_init_oa(&oa, &name);
  size.QuadPart = 0x1000;
  if (NtCreateSection(&s, SECTION_ALL_ACCESS, &oa, &size, PAGE_READWRITE, SEC_COMMIT, NULL) < 0)
    return NULL;
  NtMapViewOfSection(s, GetCurrentProcess(), &base, 0, 0, NULL, &view, 1 /* ViewShare */, 0,
                     PAGE_READWRITE);
  return base;
}

int main(void) {
  IPC_KEEP(ipc_shm_create_win32());
  IPC_KEEP(ipc_shm_create_native());
  return 0;
}
