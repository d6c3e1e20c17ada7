/* Native API prototypes the mingw headers do not declare. Declared dllimport so calls go
 * through the import address table exactly like the Win32 calls (call [__imp_X]). */
#ifndef NT_IPC_H
#define NT_IPC_H
#include "ipc_test.h"
#include <winternl.h>

#define NTIMPORT __declspec(dllimport) NTSTATUS NTAPI

NTIMPORT NtCreateMailslotFile(PHANDLE, ULONG, POBJECT_ATTRIBUTES, PIO_STATUS_BLOCK, ULONG, ULONG,
                              ULONG, PLARGE_INTEGER);
NTIMPORT NtCreateSection(PHANDLE, ACCESS_MASK, POBJECT_ATTRIBUTES, PLARGE_INTEGER, ULONG, ULONG,
                         HANDLE);
NTIMPORT NtOpenSection(PHANDLE, ACCESS_MASK, POBJECT_ATTRIBUTES);
NTIMPORT NtMapViewOfSection(HANDLE, HANDLE, PVOID *, ULONG_PTR, SIZE_T, PLARGE_INTEGER, PSIZE_T,
                            DWORD, ULONG, ULONG);
NTIMPORT NtAlpcCreatePort(PHANDLE, POBJECT_ATTRIBUTES, PVOID);
NTIMPORT NtAlpcConnectPort(PHANDLE, PUNICODE_STRING, POBJECT_ATTRIBUTES, PVOID, ULONG, PSID, PVOID,
                           PSIZE_T, PVOID, PVOID, PLARGE_INTEGER);
NTIMPORT NtAlpcSendWaitReceivePort(HANDLE, ULONG, PVOID, PVOID, PVOID, PSIZE_T, PVOID,
                                   PLARGE_INTEGER);
NTIMPORT NtAlpcAcceptConnectPort(PHANDLE, HANDLE, ULONG, POBJECT_ATTRIBUTES, PVOID, PVOID, PVOID,
                                 PVOID, BOOLEAN);
NTIMPORT NtCreatePort(PHANDLE, POBJECT_ATTRIBUTES, ULONG, ULONG, ULONG);
NTIMPORT NtListenPort(HANDLE, PVOID);
NTIMPORT NtConnectPort(PHANDLE, PUNICODE_STRING, PSECURITY_QUALITY_OF_SERVICE, PVOID, PVOID, PULONG,
                       PVOID, PULONG);
NTIMPORT NtRequestWaitReplyPort(HANDLE, PVOID, PVOID);
NTIMPORT LdrGetProcedureAddress(PVOID, PANSI_STRING, ULONG, PVOID *);

/* an OBJECT_ATTRIBUTES for a case-insensitive kernel object name */
static inline void ipc_init_oa(POBJECT_ATTRIBUTES oa, PUNICODE_STRING name) {
  InitializeObjectAttributes(oa, name, OBJ_CASE_INSENSITIVE, NULL, NULL);
}

#endif
