/* DDE client setup: register with DDEML and open a conversation with a service/topic.
 * expect connect to DDE server: ipc_dde_connect */
#include "ipc_test.h"
#include <ddeml.h>

static HDDEDATA CALLBACK ipc_dde_cb(UINT t, UINT f, HCONV c, HSZ a, HSZ b, HDDEDATA d, ULONG_PTR x,
                                    ULONG_PTR y) {
  (void)t; (void)f; (void)c; (void)a; (void)b; (void)d; (void)x; (void)y;
  return NULL;
}

IPC_TEST_FN HCONV ipc_dde_connect(DWORD *inst) {
  if (DdeInitializeA(inst, ipc_dde_cb, APPCMD_CLIENTONLY, 0) != DMLERR_NO_ERROR) return NULL;
  HSZ service = DdeCreateStringHandleA(*inst, "capa_ts_service", CP_WINANSI);
  HSZ topic = DdeCreateStringHandleA(*inst, "capa_ts_topic", CP_WINANSI);
  return DdeConnect(*inst, service, topic, NULL);
}

int main(void) {
  DWORD inst = 0;
  IPC_KEEP(ipc_dde_connect(&inst));
  return 0;
}
