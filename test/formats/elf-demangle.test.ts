// Itanium demangler: output must equal libstdc++'s __cxa_demangle, which vivisect (via cxxfilt)
// applies to ELF import and export names.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { demangle, vivisectSymbolName } from '../../src/formats/elf/demangle.js';

// golden outputs of libstdc++'s __cxa_demangle (null = not demangled)
const GOLDEN: [string, string | null][] = [
  ["_Z3fooPFivE", "foo(int (*)())"],
  ["_Z3fooRA10_i", "foo(int (&) [10])"],
  ["_Z3fooPKc", "foo(char const*)"],
  ["_Z3fooKPc", "foo(char* const)"],
  ["_ZN3foo3barEv.constprop.0", "foo::bar() [clone .constprop.0]"],
  ["_ZNK3foo3barEv", "foo::bar() const"],
  ["_Z1fIiEvT_", "void f<int>(int)"],
  ["_ZN9__gnu_cxx13new_allocatorIcED2Ev", "__gnu_cxx::new_allocator<char>::~new_allocator()"],
  ["_ZNSt6vectorIiSaIiEE9push_backERKi", "std::vector<int, std::allocator<int> >::push_back(int const&)"],
  ["_ZTI3foo", "typeinfo for foo"],
  ["_ZTS3foo", "typeinfo name for foo"],
  ["_ZThn8_N3foo3barEv", "non-virtual thunk to foo::bar()"],
  ["_ZGVZ3foovE1x", "guard variable for foo()::x"],
  ["_ZZ3foovE1x", "foo()::x"],
  ["_ZN12_GLOBAL__N_13fooEv", "(anonymous namespace)::foo()"],
  ["_ZNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEC1EPKcRKS3_", "std::__cxx11::basic_string<char, std::char_traits<char>, std::allocator<char> >::basic_string(char const*, std::allocator<char> const&)"],
  ["_ZNSt3mapIiSsSt4lessIiESaISt4pairIKiSsEEEixERS3_", "std::map<int, std::string, std::less<int>, std::allocator<std::pair<int const, std::string> > >::operator[](int const&)"],
  ["_Z3fooPVKi", "foo(int const volatile*)"],
  ["_Z3fooILi5EEvv", "void foo<5>()"],
  ["_Z3fooILb1EEvv", "void foo<true>()"],
  ["_ZplRK3FooS1_", "operator+(Foo const&, Foo const&)"],
  ["_Z3barPFPFvvEiE", "bar(void (*(*)(int))())"],
  ["_Z4funcPA3_A4_i", "func(int (*) [3][4])"],
  ["main", null],
  ["Si", "std::istream"],
  ["v", "void"],
  ["_Z3fooDn", "foo(decltype(nullptr))"],
  ["_ZN3FooC2ERKS_", "Foo::Foo(Foo const&)"],
  ["_ZNSaIcED1Ev", "std::allocator<char>::~allocator()"],
  ["_ZNSt8ios_base4InitC1Ev", "std::ios_base::Init::Init()"],
  ["_Z1fPFvvEPFivE", "f(void (*)(), int (*)())"],
  ["_ZN1AcviEv", "A::operator int()"],
  ["_ZNSt15basic_streambufIcSt11char_traitsIcEE6xsputnEPKcl", "std::basic_streambuf<char, std::char_traits<char> >::xsputn(char const*, long)"],
  ["_Z5firstIiEvT_S0_", "void first<int>(int, int)"],
  ["_ZStrsIcSt11char_traitsIcESaIcEERSt13basic_istreamIT_T0_ES7_RSbIS4_S5_T1_E", "std::basic_istream<char, std::char_traits<char> >& std::operator>><char, std::char_traits<char>, std::allocator<char> >(std::basic_istream<char, std::char_traits<char> >&, std::basic_string<char, std::char_traits<char>, std::allocator<char> >&)"],
  ["_ZNSo9_M_insertIxEERSoT_", "std::ostream& std::ostream::_M_insert<long long>(long long)"],
  ["_ZNSsC1EPKcRKSaIcE", "std::basic_string<char, std::char_traits<char>, std::allocator<char> >::basic_string(char const*, std::allocator<char> const&)"],
  ["_ZNSdD2Ev", "std::basic_iostream<char, std::char_traits<char> >::~basic_iostream()"],
  ["_ZNKSs4findEPKcmm", "std::string::find(char const*, unsigned long, unsigned long) const"],
  ["_ZTVN10__cxxabiv117__class_type_infoE", "vtable for __cxxabiv1::__class_type_info"],
  ["_ZTTSt18basic_stringstreamIcSt11char_traitsIcESaIcEE", "VTT for std::basic_stringstream<char, std::char_traits<char>, std::allocator<char> >"],
  ["_ZN4absl12lts_2024072216SetStackUnwinderEPFiPPvPiiiPKvS3_E", "absl::lts_20240722::SetStackUnwinder(int (*)(void**, int*, int, int, void const*, int*))"],
  ["_ZNK4absl12lts_2024072218debugging_internal11VDSOSupport12LookupSymbolEPKcS4_iPNS1_11ElfMemImage10SymbolInfoE", "absl::lts_20240722::debugging_internal::VDSOSupport::LookupSymbol(char const*, char const*, int, absl::lts_20240722::debugging_internal::ElfMemImage::SymbolInfo*) const"],
  ["_ZN7_JNIEnv16CallObjectMethodEP8_jobjectP10_jmethodIDz", "_JNIEnv::CallObjectMethod(_jobject*, _jmethodID*, ...)"],
  ["_Znaj", "operator new[](unsigned int)"],
  ["_ZdlPv", "operator delete(void*)"],
  ["c", "char"],
];

test('demangle matches __cxa_demangle on golden names', () => {
  for (const [mangled, expected] of GOLDEN) assert.equal(demangle(mangled) ?? null, expected, mangled);
});

test('vivisect symbol names: @@version dropped, plain names kept, bad manglings kept', () => {
  assert.equal(vivisectSymbolName('puts'), 'puts');
  assert.equal(vivisectSymbolName('memcpy@@GLIBC_2.14'), 'memcpy');
  assert.equal(vivisectSymbolName('_ZdlPv@@GLIBCXX_3.4'), 'operator delete(void*)');
  assert.equal(vivisectSymbolName('_ZN3foo'), '_ZN3foo');
  assert.equal(vivisectSymbolName('_Z'), '_Z');
});

test('demangle never throws on junk', () => {
  let seed = 7;
  const alphabet = '_ZNKSEIT0123456789abcdilmPRFAvS_St';
  for (let i = 0; i < 5000; i++) {
    let s = '_Z';
    const n = 1 + (i % 40);
    for (let k = 0; k < n; k++) {
      seed = (seed * 1103515245 + 12345) >>> 0;
      s += alphabet[seed % alphabet.length];
    }
    const out = demangle(s);
    assert.ok(out === undefined || typeof out === 'string');
  }
  assert.equal(demangle('_Z' + 'P'.repeat(10000) + 'v'), undefined);
});
