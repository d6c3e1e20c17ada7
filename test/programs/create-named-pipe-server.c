/* Named pipe servers through Win32 (message mode) and the native API.
 * expect create named pipe server: ipc_pipe_server_win32 ipc_pipe_server_native */
#include "nt_ipc.h"

NTIMPORT NtCreateNamedPipeFile(PHANDLE, ULONG, POBJECT_ATTRIBUTES, PIO_STATUS_BLOCK, ULONG, ULONG,
                               ULONG, ULONG, ULONG, ULONG, ULONG, ULONG, ULONG, PLARGE_INTEGER);

IPC_TEST_FN HANDLE ipc_pipe_server_win32(void) {
  return CreateNamedPipeW(L"\\\\.\\pipe\\capa_ts\\server", PIPE_ACCESS_DUPLEX,
                          PIPE_TYPE_MESSAGE | PIPE_READMODE_MESSAGE | PIPE_WAIT,
                          PIPE_UNLIMITED_INSTANCES, 4096, 4096, 0, NULL);
}

IPC_TEST_FN HANDLE ipc_pipe_server_native(void) {
  UNICODE_STRING name;
  OBJECT_ATTRIBUTES oa;
  IO_STATUS_BLOCK iosb;
  LARGE_INTEGER timeout;
  HANDLE h = NULL;
  RtlInitUnicodeString(&name, L"\\Device\\NamedPipe\\capa_ts_native");
  ipc_init_oa(&oa, &name);
  timeout.QuadPart = -500000LL;
  NtCreateNamedPipeFile(&h, GENERIC_READ | GENERIC_WRITE | SYNCHRONIZE, &oa, &iosb,
                        FILE_SHARE_READ | FILE_SHARE_WRITE, 2 /* FILE_CREATE */, 0, 0, 0, 0, 1,
                        4096, 4096, &timeout);
  return h;
}

int main(void) {
  IPC_KEEP(ipc_pipe_server_win32());
  IPC_KEEP(ipc_pipe_server_native());
  return 0;
}
