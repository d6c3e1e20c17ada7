/* Control program: files and a named pipe (CreateFile, ReadFile, WriteFile, CreateNamedPipe,
 * ConnectNamedPipe) but nothing mailslot-related.
 * forbid namespace: communication/mailslot */
#include "ipc_test.h"

IPC_TEST_FN BOOL ctl_copy_file(void) {
  char buf[256];
  DWORD got = 0, put = 0;
  HANDLE in = CreateFileA("C:\\capa_ts\\control-in.txt", GENERIC_READ, FILE_SHARE_READ, NULL,
                          OPEN_EXISTING, FILE_ATTRIBUTE_NORMAL, NULL);
  HANDLE out = CreateFileA("C:\\capa_ts\\control-out.txt", GENERIC_WRITE, 0, NULL, CREATE_ALWAYS,
                           FILE_ATTRIBUTE_NORMAL, NULL);
  while (ReadFile(in, buf, sizeof buf, &got, NULL) && got) WriteFile(out, buf, got, &put, NULL);
  CloseHandle(in);
  CloseHandle(out);
  return TRUE;
}

IPC_TEST_FN DWORD ctl_pipe_server(void) {
  char buf[128];
  DWORD got = 0, put = 0;
  HANDLE p = CreateNamedPipeA("\\\\.\\pipe\\capa_ts_control", PIPE_ACCESS_DUPLEX,
                              PIPE_TYPE_BYTE | PIPE_WAIT, 1, 4096, 4096, 0, NULL);
  if (p == INVALID_HANDLE_VALUE) return 0;
  ConnectNamedPipe(p, NULL);
  ReadFile(p, buf, sizeof buf, &got, NULL);
  WriteFile(p, buf, got, &put, NULL);
  CloseHandle(p);
  return got;
}

IPC_TEST_FN DWORD ctl_pipe_client(void) {
  DWORD put = 0;
  HANDLE p = CreateFileA("\\\\.\\pipe\\capa_ts_control", GENERIC_WRITE, 0, NULL, OPEN_EXISTING, 0,
                         NULL);
  WriteFile(p, "ping", 4, &put, NULL);
  CloseHandle(p);
  return put;
}

int main(void) {
  IPC_KEEP(ctl_copy_file());
  IPC_KEEP(ctl_pipe_server());
  IPC_KEEP(ctl_pipe_client());
  return 0;
}
