/* Request/response over a message-mode pipe: once with TransactNamedPipe on an open handle,
 * once with CallNamedPipe (connect + write + read + close in one call).
 * expect exchange message over named pipe transaction: ipc_transact ipc_call_pipe */
#include "ipc_test.h"

IPC_TEST_FN DWORD ipc_transact(HANDLE pipe) {
  char reply[128];
  DWORD got = 0, mode = PIPE_READMODE_MESSAGE;
  SetNamedPipeHandleState(pipe, &mode, NULL, NULL);
  if (!TransactNamedPipe(pipe, "status?", 7, reply, sizeof reply, &got, NULL)) return 0;
  return got;
}

IPC_TEST_FN DWORD ipc_call_pipe(void) {
  char reply[128];
  DWORD got = 0;
  CallNamedPipeA("\\\\.\\pipe\\capa_ts_rpc", "status?", 7, reply, sizeof reply, &got, 1000);
  return got;
}

int main(void) {
  HANDLE pipe = CreateFileA("\\\\.\\pipe\\capa_ts_rpc", GENERIC_READ | GENERIC_WRITE, 0, NULL,
                            OPEN_EXISTING, 0, NULL);
  IPC_KEEP(ipc_transact(pipe));
  IPC_KEEP(ipc_call_pipe());
  return 0;
}
