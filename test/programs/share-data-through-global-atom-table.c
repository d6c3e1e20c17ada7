/* Passes a short string to another process through the global atom table: add it, look it up,
 * read it back by atom, delete it.
 * expect share data through global atom table: ipc_atom_roundtrip */
#include "ipc_test.h"

IPC_TEST_FN UINT ipc_atom_roundtrip(void) {
  char back[256];
  ATOM a = GlobalAddAtomA("capa_ts:payload=42");
  ATOM found = GlobalFindAtomA("capa_ts:payload=42");
  UINT n = GlobalGetAtomNameA(found ? found : a, back, sizeof back);
  GlobalDeleteAtom(a);
  return n;
}

int main(void) {
  IPC_KEEP(ipc_atom_roundtrip());
  return 0;
}
