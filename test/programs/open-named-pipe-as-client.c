/* Pipe clients: one waits for a busy server then opens the pipe, one opens a pipe on a remote
 * host by name (UTF-16).
 * expect open named pipe as client: ipc_pipe_client_wait ipc_pipe_client_remote */
#include "ipc_test.h"

IPC_TEST_FN HANDLE ipc_pipe_client_wait(LPCSTR name) {
  if (!WaitNamedPipeA(name, 2000)) return INVALID_HANDLE_VALUE;
  return CreateFileA(name, GENERIC_READ | GENERIC_WRITE, 0, NULL, OPEN_EXISTING, 0, NULL);
}

IPC_TEST_FN HANDLE ipc_pipe_client_remote(void) {
  return CreateFileW(L"\\\\FILESRV01\\pipe\\capa_ts_remote", GENERIC_READ | GENERIC_WRITE, 0, NULL,
                     OPEN_EXISTING, 0, NULL);
}

int main(void) {
  IPC_KEEP(ipc_pipe_client_wait("\\\\.\\pipe\\capa_ts_client"));
  IPC_KEEP(ipc_pipe_client_remote());
  return 0;
}
