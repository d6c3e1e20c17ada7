/* The slot name never exists as a string in the file: it is written byte by byte into a stack
 * buffer (each store an immediate to [ebp/esp+x]), the way malware hides names.
 * volatile keeps each store separate at -O2 (no merged 8-byte register stores).
 * expect build mailslot name on the stack: ipc_stack_named_slot
 * forbid rule: reference mailslot name
 * forbid rule: decode mailslot name with XOR */
#include "ipc_test.h"

IPC_TEST_FN HANDLE ipc_stack_named_slot(void) {
  volatile char n[24];
  n[0] = '\\'; n[1] = '\\'; n[2] = '.'; n[3] = '\\';
  n[4] = 'm'; n[5] = 'a'; n[6] = 'i'; n[7] = 'l'; n[8] = 's'; n[9] = 'l'; n[10] = 'o'; n[11] = 't';
  n[12] = '\\'; n[13] = 'L'; n[14] = 'o'; n[15] = 'g'; n[16] = 'C'; n[17] = 'C'; n[18] = 0;
  return CreateMailslotA((const char *)n, 0, MAILSLOT_WAIT_FOREVER, NULL);
}

int main(void) {
  IPC_KEEP(ipc_stack_named_slot());
  return 0;
}
