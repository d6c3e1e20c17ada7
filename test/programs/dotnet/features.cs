// A small assembly exercising the metadata and CIL the .NET extractor reads: nested types,
// properties (MethodDef accessors) and fields, generic methods (MethodSpec), constructors,
// 32/64-bit integer and floating-point constants, strings, loops, recursion, switch, exception
// handlers (fat method headers), delegates (ldftn) and type-token instructions.
using System;
using System.Collections.Generic;
using System.Linq;

namespace CapaTs.Features
{
    public class Outer
    {
        public class Inner
        {
            public class Innermost
            {
                public static int Depth() { return 3; }
            }

            public int Value;
        }

        private int counter;
        public static string Label = "outer label";

        public int Counter
        {
            get { return counter; }
            set { counter = value; }
        }

        public int Bump()
        {
            Counter = Counter + 1;
            Inner i = new Inner();
            i.Value = Inner.Innermost.Depth();
            return i.Value;
        }
    }

    public static class Maths
    {
        public static long Factorial(long n)
        {
            return n <= 1 ? 1 : n * Factorial(n - 1);
        }

        public static double Scale(double x)
        {
            return x * 2.5 + 1234567890123L;
        }

        public static int Sum(int[] xs)
        {
            int s = 0;
            for (int i = 0; i < xs.Length; i++) s += xs[i] ^ 0x5A;
            return s;
        }

        public static string Name(int k)
        {
            switch (k)
            {
                case 0: return "zero";
                case 1: return "one";
                case 2: return "two";
                case 3: return "three";
                default: return "many";
            }
        }

        public static int Guarded(string s)
        {
            try
            {
                return int.Parse(s);
            }
            catch (FormatException)
            {
                return -1;
            }
            finally
            {
                Console.WriteLine("done parsing");
            }
        }

        public static T First<T>(IEnumerable<T> xs)
        {
            return xs.First();
        }
    }

    public static class Program
    {
        public static int Main(string[] args)
        {
            Outer o = new Outer();
            o.Bump();
            Func<long, long> f = Maths.Factorial;
            object boxed = f(5);
            List<int> l = new List<int> { 1, 2, 3 };
            Console.WriteLine(Maths.First(l) + Maths.Sum(l.ToArray()) + (int)Maths.Scale(0.5));
            Console.WriteLine(Maths.Name(args.Length) + Outer.Label + boxed.ToString() + Maths.Guarded("42"));
            return o.Counter;
        }
    }
}
