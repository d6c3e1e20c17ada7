// Mailslot IPC through P/Invoke (kernel32), so capa's mailslot rules can be checked on .NET:
// every capability sits in its own method, as the rules are function-scoped.
using System;
using System.Runtime.InteropServices;
using System.Text;

namespace CapaTs.Mailslot
{
    public static class Native
    {
        [DllImport("kernel32", CharSet = CharSet.Unicode, SetLastError = true)]
        public static extern IntPtr CreateMailslot(string name, uint maxMessageSize, uint readTimeout, IntPtr securityAttributes);

        [DllImport("kernel32", SetLastError = true)]
        public static extern bool GetMailslotInfo(IntPtr mailslot, out uint maxMessageSize, out uint nextSize, out uint messageCount, out uint readTimeout);

        [DllImport("kernel32.dll", SetLastError = true)]
        public static extern bool SetMailslotInfo(IntPtr mailslot, uint readTimeout);

        [DllImport("kernel32.dll", SetLastError = true)]
        public static extern bool ReadFile(IntPtr file, byte[] buffer, uint toRead, out uint read, IntPtr overlapped);

        [DllImport("kernel32.dll", EntryPoint = "CreateFileW", CharSet = CharSet.Unicode, SetLastError = true)]
        public static extern IntPtr CreateFile(string name, uint access, uint share, IntPtr sa, uint disposition, uint flags, IntPtr template);

        [DllImport("kernel32.dll", SetLastError = true)]
        public static extern bool WriteFile(IntPtr file, byte[] buffer, uint toWrite, out uint written, IntPtr overlapped);

        [DllImport("kernel32.dll", CharSet = CharSet.Ansi)]
        public static extern IntPtr GetProcAddress(IntPtr module, string name);

        [DllImport("kernel32.dll", CharSet = CharSet.Unicode)]
        public static extern IntPtr GetModuleHandle(string name);
    }

    public class Server
    {
        public const string SlotName = @"\\.\mailslot\capa_ts_demo";

        public static IntPtr Create()
        {
            return Native.CreateMailslot(SlotName, 0, 0xFFFFFFFF, IntPtr.Zero);
        }

        public static uint Pending(IntPtr slot)
        {
            uint max, next, count, timeout;
            if (!Native.GetMailslotInfo(slot, out max, out next, out count, out timeout)) return 0;
            return count;
        }

        public static bool SetTimeout(IntPtr slot, uint ms)
        {
            return Native.SetMailslotInfo(slot, ms);
        }

        public static string ReadAll()
        {
            IntPtr slot = Native.CreateMailslot(SlotName, 0, 0, IntPtr.Zero);
            StringBuilder sb = new StringBuilder();
            byte[] buf = new byte[424];
            uint read;
            while (Native.ReadFile(slot, buf, (uint)buf.Length, out read, IntPtr.Zero) && read > 0)
            {
                sb.Append(Encoding.Unicode.GetString(buf, 0, (int)read));
            }
            return sb.ToString();
        }
    }

    public class Client
    {
        public static bool Send(string message)
        {
            IntPtr h = Native.CreateFile(@"\\*\mailslot\capa_ts_demo", 0x40000000, 1, IntPtr.Zero, 3, 0x80, IntPtr.Zero);
            byte[] data = Encoding.Unicode.GetBytes(message);
            uint written;
            return Native.WriteFile(h, data, (uint)data.Length, out written, IntPtr.Zero);
        }

        public static IntPtr Resolve()
        {
            IntPtr k32 = Native.GetModuleHandle("kernel32.dll");
            return Native.GetProcAddress(k32, "GetMailslotInfo");
        }
    }

    public static class Program
    {
        public static int Main(string[] args)
        {
            IntPtr slot = Server.Create();
            Server.SetTimeout(slot, 100);
            Client.Send("hello");
            Console.WriteLine(Server.Pending(slot));
            Console.WriteLine(Server.ReadAll());
            return Client.Resolve() == IntPtr.Zero ? 1 : 0;
        }
    }
}
