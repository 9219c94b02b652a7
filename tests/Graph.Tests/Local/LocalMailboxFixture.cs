using ComplianceBot.Graph.Tests.Fakes;
using Microsoft.Extensions.DependencyInjection;

namespace ComplianceBot.Graph.Tests.Local;

/// <summary>A Local-mode service provider over a fresh temporary content root.</summary>
public sealed class LocalMailboxFixture : IDisposable
{
    public LocalMailboxFixture(IDictionary<string, string?>? settings = null)
    {
        ContentRoot = Path.Combine(Path.GetTempPath(), "compliancebot-graph-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(ContentRoot);
        Services = GraphTestHost.Build(settings ?? new Dictionary<string, string?>(), contentRoot: ContentRoot);
    }

    public string ContentRoot { get; }

    public string Mailbox => Path.Combine(ContentRoot, "App_Data", "mailbox");

    public ServiceProvider Services { get; }

    public T Get<T>()
        where T : notnull => Services.GetRequiredService<T>();

    public void Dispose()
    {
        Services.Dispose();
        Directory.Delete(ContentRoot, recursive: true);
    }
}
