/* The other side of shared memory: open an existing named mapping and map it.
 * expect open shared memory section: ipc_shm_open_win32 ipc_shm_open_native */
#include "nt_ipc.h"

IPC_TEST_FN void *ipc_shm_open_win32(void) {
  HANDLE m = OpenFileMappingA(FILE_MAP_READ, FALSE, "Local\\capa_ts_shared");
  if (!m) return NULL;
  return MapViewOfFile(m, FILE_MAP_READ, 0, 0, 0);
}

IPC_TEST_FN void *ipc_shm_open_native(void) {
  UNICODE_STRING name;
  OBJECT_ATTRIBUTES oa;
  HANDLE s = NULL;
  PVOID base = NULL;
  SIZE_T view = 0;
  RtlInitUnicodeString(&name, L"\\BaseNamedObjects\\capa_ts_section");
  ipc_init_oa(&oa, &name);
  if (NtOpenSection(&s, SECTION_MAP_READ, &oa) < 0) return NULL;
  NtMapViewOfSection(s, GetCurrentProcess(), &base, 0, 0, NULL, &view, 1, 0, PAGE_READONLY);
  return base;
}

int main(void) {
  IPC_KEEP(ipc_shm_open_win32());
  IPC_KEEP(ipc_shm_open_native());
  return 0;
}
