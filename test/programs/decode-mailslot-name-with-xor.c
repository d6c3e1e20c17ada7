/* The slot name is stored XOR-encoded and decoded in place right before CreateMailslotA.
 * The key is read through a volatile so the decode stays a scalar register-register xor loop
 * (no constant folding, no vectorisation); GetTickCount first keeps the loop out of the entry
 * block, where capa's security-cookie heuristic would ignore xors.
 * expect decode mailslot name with XOR: ipc_xor_named_slot
 * forbid rule: reference mailslot name
 * forbid rule: build mailslot name on the stack */
#include "ipc_test.h"

static volatile unsigned char ipc_key = 0x5a;
/* "\\.\mailslot\capa_ts\xor" ^ 0x5a */
static unsigned char ipc_encoded[] = {
  0x06, 0x06, 0x74, 0x06, 0x37, 0x3b, 0x33, 0x36, 0x29, 0x36, 0x35, 0x2e, 0x06,
  0x39, 0x3b, 0x2a, 0x3b, 0x05, 0x2e, 0x29, 0x06, 0x22, 0x35, 0x28, 0x5a,
};

IPC_TEST_FN HANDLE ipc_xor_named_slot(void) {
  char name[sizeof ipc_encoded];
  ipc_sink = GetTickCount();
  for (unsigned i = 0; i < sizeof ipc_encoded; i++) {
    unsigned char k = ipc_key;
    name[i] = (char)(ipc_encoded[i] ^ k);
  }
  return CreateMailslotA(name, 0, MAILSLOT_WAIT_FOREVER, NULL);
}

int main(void) {
  IPC_KEEP(ipc_xor_named_slot());
  return 0;
}
