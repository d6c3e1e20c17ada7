// Mnemonics vivisect's Intel emulator (envi IntelEmulator, which capa's vivisect backend uses for
// its "is this probably code?" probes) can execute. The probe ends the current path at any other
// instruction (UnsupportedInstruction, with strictops on), and likewise at `in` (its handler
// raises UnsupportedInstruction), `ud0/1/2` (BadOpcode) and `int/int1/int3` (BreakpointHit).
// Names are vivisect's spellings, plus the iced spellings our decoder keeps where they differ.
// Compiled by reading the emulator's handler names (vivisect 1.2/1.3); no code is taken from it.

const I386 = [
  'adc', 'adcx', 'add', 'adox', 'and', 'andpd', 'andps', 'andsd', 'andss', 'arpl', 'bound', 'bsf',
  'bsr', 'bswap', 'bt', 'btc', 'btr', 'bts', 'call', 'cdq', 'clc', 'cld', 'clflush', 'cli', 'cmc',
  'cmova', 'cmovae', 'cmovb', 'cmovbe', 'cmovc', 'cmove', 'cmovecxz', 'cmovg', 'cmovge', 'cmovl',
  'cmovle', 'cmovna', 'cmovnae', 'cmovnb', 'cmovnbe', 'cmovnc', 'cmovne', 'cmovng', 'cmovnge',
  'cmovnl', 'cmovnle', 'cmovno', 'cmovnp', 'cmovns', 'cmovnz', 'cmovo', 'cmovp', 'cmovpe',
  'cmovpo', 'cmovs', 'cmovz', 'cmp', 'cmpsb', 'cmpsd', 'cmpxch8b', 'cmpxchg', 'cpuid', 'cwd',
  'cwde', 'dec', 'div', 'enter', 'fild', 'fld', 'fldz', 'fstp', 'idiv', 'imul', 'inc', 'ja', 'jae',
  'jb', 'jbe', 'jc', 'je', 'jecxz', 'jg', 'jge', 'jl', 'jle', 'jmp', 'jna', 'jnae', 'jnb', 'jnbe',
  'jnc', 'jne', 'jng', 'jnge', 'jnl', 'jnle', 'jno', 'jnp', 'jns', 'jnz', 'jo', 'jp', 'jpe', 'jpo',
  'js', 'jz', 'lahf', 'lea', 'leave', 'lfence', 'lodsb', 'lodsd', 'loop', 'loope', 'loopne',
  'loopnz', 'loopz', 'mov', 'movapd', 'movaps', 'movd', 'movd_q', 'movdqa', 'movdqu', 'movhpd',
  'movhps', 'movlpd', 'movlps', 'movntdq', 'movntdqa', 'movnti', 'movntpd', 'movntps', 'movq',
  'movsb', 'movsd', 'movss', 'movsx', 'movsxd', 'movupd', 'movups', 'movzx', 'mul', 'mulsd',
  'mulss', 'neg', 'nop', 'not', 'or', 'orpd', 'orps', 'paddb', 'paddd', 'paddq', 'paddw', 'pand',
  'pandn', 'pcmpeqb', 'pcmpeqd', 'pcmpeqq', 'pcmpeqw', 'pextrb', 'pextrd', 'pextrw', 'pinsrb',
  'pinsrd', 'pinsrw', 'pmaxsb', 'pmaxsd', 'pmaxsq', 'pmaxsw', 'pminsb', 'pminsd', 'pminsq',
  'pminsw', 'pmovmskb', 'pop', 'popad', 'popfd', 'por', 'prefetch', 'prefetchw', 'pshufb',
  'pshufd', 'pshufhw', 'pshuflw', 'pshufw', 'pslld', 'pslldq', 'psllq', 'psllw', 'psrld', 'psrldq',
  'psrlq', 'psrlw', 'psubb', 'psubd', 'psubq', 'psubsb', 'psubsd', 'psubsq', 'psubsw', 'psubw',
  'punpckhbw', 'punpckhdq', 'punpckhqdq', 'punpckhwd', 'punpcklbw', 'punpckldq', 'punpcklqdq',
  'punpcklwd', 'push', 'pushad', 'pushfd', 'pxor', 'rcl', 'rcr', 'rdtsc', 'ret', 'rol', 'ror',
  'sahf', 'sal', 'sar', 'sarx', 'sbb', 'scasb', 'scasd', 'seta', 'setae', 'setb', 'setbe', 'setc',
  'sete', 'setecxz', 'setg', 'setge', 'setl', 'setle', 'setna', 'setnae', 'setnb', 'setnbe',
  'setnc', 'setne', 'setng', 'setnge', 'setnl', 'setnle', 'setno', 'setnp', 'setns', 'setnz',
  'seto', 'setp', 'setpe', 'setpo', 'sets', 'setz', 'shl', 'shld', 'shlx', 'shr', 'shrd', 'shrx',
  'stc', 'std', 'sti', 'stosb', 'stosd', 'stosw', 'sub', 'syscall', 'test', 'vandpd', 'vandps',
  'vandsd', 'vandss', 'vmovapd', 'vmovaps', 'vmovd_q', 'vmovdqa', 'vmovdqu', 'vmovhpd', 'vmovhps',
  'vmovlpd', 'vmovlps', 'vmovntdq', 'vmovntdqa', 'vmovntpd', 'vmovntps', 'vmovss', 'vmovupd',
  'vmovups', 'vmulsd', 'vmulss', 'vorpd', 'vorps', 'vpaddb', 'vpaddd', 'vpaddq', 'vpaddw', 'vpand',
  'vpandn', 'vpcext', 'vpcmpeqd', 'vpcmpeqq', 'vpcmpeqw', 'vpmaxsb', 'vpmaxsd', 'vpmaxsq',
  'vpmaxsw', 'vpminsb', 'vpminsd', 'vpminsq', 'vpminsw', 'vpmovmskb', 'vpor', 'vpshufb', 'vpshufd',
  'vpshufhw', 'vpshuflw', 'vpslld', 'vpslldq', 'vpsllq', 'vpsllw', 'vpsrld', 'vpsrldq', 'vpsrlq',
  'vpsrlw', 'vpsubb', 'vpsubd', 'vpsubq', 'vpsubsb', 'vpsubsd', 'vpsubsq', 'vpsubsw', 'vpsubw',
  'vpunpckhbw', 'vpunpckhdq', 'vpunpckhqdq', 'vpunpckhwd', 'vpunpcklbw', 'vpunpckldq',
  'vpunpcklqdq', 'vpunpcklwd', 'vpxor', 'vxorpd', 'vxorps', 'wait', 'xadd', 'xchg', 'xor', 'xorpd',
  'xorps',
  // iced spellings of the same instructions
  'jrcxz', 'jcxz', 'cmpxchg8b', 'pushfq', 'popfq', 'iret', 'retf',
];

/** vivisect's amd64 emulator adds these handlers to the i386 ones */
const AMD64_EXTRA = ['aam', 'aas', 'pextrd_q', 'pinsrq'];

const I386_SET = new Set(I386);
const AMD64_SET = new Set([...I386, ...AMD64_EXTRA]);

/** true when vivisect's emulator executes `mnemonic` (a probe path goes on past it) */
export function emulatorRuns(mnemonic: string, bits: 32 | 64): boolean {
  return (bits === 64 ? AMD64_SET : I386_SET).has(mnemonic);
}
