/* DDE server: register with DDEML and publish a service name.
 * expect register DDE server name: ipc_dde_server */
#include "ipc_test.h"
#include <ddeml.h>

static HDDEDATA CALLBACK ipc_dde_server_cb(UINT t, UINT f, HCONV c, HSZ a, HSZ b, HDDEDATA d,
                                           ULONG_PTR x, ULONG_PTR y) {
  (void)f; (void)c; (void)a; (void)b; (void)d; (void)x; (void)y;
  return t == XTYP_CONNECT ? (HDDEDATA)TRUE : NULL;
}

IPC_TEST_FN HSZ ipc_dde_server(DWORD *inst) {
  if (DdeInitializeW(inst, ipc_dde_server_cb, APPCLASS_STANDARD | CBF_SKIP_ALLNOTIFICATIONS, 0) !=
      DMLERR_NO_ERROR)
    return NULL;
  HSZ service = DdeCreateStringHandleW(*inst, L"capa_ts_service", CP_WINUNICODE);
  DdeNameService(*inst, service, NULL, DNS_REGISTER);
  return service;
}

int main(void) {
  DWORD inst = 0;
  IPC_KEEP(ipc_dde_server(&inst));
  return 0;
}
