using System.Diagnostics;

namespace ComplianceBot.EndToEnd.Tests.Infrastructure;

/// <summary>
/// A process the tests start (the bot, the Playground): stdout and stderr go to a log file for
/// diagnosis, every line is offered to a watcher, and disposal kills the whole process tree.
/// </summary>
internal sealed class ChildProcess : IDisposable
{
    private readonly Process process;
    private readonly StreamWriter log;
    private readonly Action<string>? onLine;
    private readonly Lock gate = new();

    private ChildProcess(Process process, StreamWriter log, Action<string>? onLine)
    {
        this.process = process;
        this.log = log;
        this.onLine = onLine;
    }

    public string LogPath { get; private init; } = "";

    public bool HasExited => process.HasExited;

    public int Id => process.Id;

    public static ChildProcess Start(ProcessStartInfo startInfo, string logPath, Action<string>? onLine = null)
    {
        startInfo.RedirectStandardOutput = true;
        startInfo.RedirectStandardError = true;
        startInfo.RedirectStandardInput = true;
        startInfo.UseShellExecute = false;
        Directory.CreateDirectory(Path.GetDirectoryName(logPath)!);
        var log = new StreamWriter(logPath, append: false) { AutoFlush = true };
        log.WriteLine($"# {startInfo.FileName} {string.Join(' ', startInfo.ArgumentList)}");
        var process = new Process { StartInfo = startInfo, EnableRaisingEvents = true };
        var child = new ChildProcess(process, log, onLine) { LogPath = logPath };
        process.OutputDataReceived += (_, e) => child.Write("out", e.Data);
        process.ErrorDataReceived += (_, e) => child.Write("err", e.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return child;
    }

    public string ReadLog()
    {
        using var stream = new FileStream(LogPath, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    public void Dispose()
    {
        try
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
                process.WaitForExit(10_000);
            }
        }
        catch (InvalidOperationException)
        {
            // Already gone: nothing to stop.
        }

        lock (gate)
        {
            log.WriteLine($"# stopped, exit code {(process.HasExited ? process.ExitCode.ToString() : "unknown")}");
            log.Dispose();
        }

        process.Dispose();
    }

    private void Write(string stream, string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (gate)
        {
            try
            {
                log.WriteLine($"{stream}: {line}");
            }
            catch (ObjectDisposedException)
            {
                // Output that arrives after disposal is dropped.
            }
        }

        onLine?.Invoke(line);
    }
}
