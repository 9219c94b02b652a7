using System.Runtime.InteropServices;

namespace ComplianceBot.Bench.Pacer;

/// <summary>nanosleep(2) for sub-millisecond sleeps (Thread.Sleep rounds to whole milliseconds), and the sender thread's priority.</summary>
internal static partial class NativeSleep
{
    public static void For(TimeSpan duration)
    {
        var ticks = duration.Ticks;
        var spec = new TimeSpec { Seconds = ticks / TimeSpan.TicksPerSecond, Nanoseconds = ticks % TimeSpan.TicksPerSecond * 100 };
        _ = Sleep(ref spec, IntPtr.Zero);
    }

    /// <summary>
    /// Raises the calling thread above the fake connector sharing its core (needs root; ignored
    /// otherwise), so the sender is rarely late: it sleeps nearly all the time, so it takes little.
    /// </summary>
    public static void RaiseThisThread() => _ = SetPriority(0, GetThreadId(), -10);

    [LibraryImport("libc", EntryPoint = "gettid")]
    private static partial int GetThreadId();

    [LibraryImport("libc", EntryPoint = "setpriority")]
    private static partial int SetPriority(int which, int who, int priority);

    [LibraryImport("libc", EntryPoint = "nanosleep")]
    private static partial int Sleep(ref TimeSpec request, IntPtr remaining);

    [StructLayout(LayoutKind.Sequential)]
    private struct TimeSpec
    {
        public long Seconds;
        public long Nanoseconds;
    }
}
