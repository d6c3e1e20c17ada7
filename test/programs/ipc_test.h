/* Shared by every rule-pack test program.
 * IPC_TEST_FN marks a function that a rule of the pack must match at (its entry address is
 * recorded in test/rule-pack/<rule>.json). noipa keeps the function whole at -O2: no inlining
 * into main, no clones (.constprop/.isra), so the matched code stays at one known address. */
#ifndef IPC_TEST_H
#define IPC_TEST_H
#define WIN32_LEAN_AND_MEAN
#include <windows.h>

#define IPC_TEST_FN __attribute__((noipa, used))

/* keeps results observable so -O2 cannot discard computations feeding them; an add, not a
 * xor, so it never adds an nzxor the XOR-decoding rule could mistake for a decoder */
static volatile ULONG_PTR ipc_sink;
#define IPC_KEEP(x) (ipc_sink += (ULONG_PTR)(x))

#endif
