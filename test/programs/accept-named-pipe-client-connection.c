/* Pipe server accept loop: create an instance, wait for a client, serve it, disconnect.
 * expect accept named pipe client connection: ipc_serve_one_client */
#include "ipc_test.h"

IPC_TEST_FN DWORD ipc_serve_one_client(void) {
  char buf[256];
  DWORD got = 0;
  HANDLE p = CreateNamedPipeA("\\\\.\\pipe\\capa_ts_accept", PIPE_ACCESS_DUPLEX,
                              PIPE_TYPE_BYTE | PIPE_WAIT, 1, 4096, 4096, 0, NULL);
  if (p == INVALID_HANDLE_VALUE) return 0;
  if (ConnectNamedPipe(p, NULL) || GetLastError() == ERROR_PIPE_CONNECTED) {
    ReadFile(p, buf, sizeof buf, &got, NULL);
    FlushFileBuffers(p);
    DisconnectNamedPipe(p);
  }
  CloseHandle(p);
  return got;
}

int main(void) {
  IPC_KEEP(ipc_serve_one_client());
  return 0;
}
