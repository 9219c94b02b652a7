using System.Reflection;

namespace ComplianceBot.EndToEnd.Tests.Infrastructure;

/// <summary>
/// Where the things the end-to-end tests start live. Everything is found from the test
/// assembly's own location, so the tests work from any working directory and in a fresh clone.
/// </summary>
internal static class RepositoryLayout
{
    private static readonly Lazy<string> Root = new(FindRoot);

    public static string RepositoryRoot => Root.Value;

    public static string TestAssemblyDirectory => AppContext.BaseDirectory;

    /// <summary>The Playground's CLI, installed by <c>(cd tools &amp;&amp; npm ci)</c>.</summary>
    public static string PlaygroundCli
    {
        get
        {
            var cli = Path.Combine(RepositoryRoot, "tools", "node_modules", "@microsoft", "m365agentsplayground", "cli.js");
            return File.Exists(cli)
                ? cli
                : throw new FileNotFoundException($"The Playground is not installed: run '(cd tools && npm ci)' in {RepositoryRoot}.", cli);
        }
    }

    /// <summary>Process logs (logs/) and failure screenshots (screenshots/): the repository's TestResults unless E2E_ARTIFACTS_DIR says otherwise.</summary>
    public static string ArtifactsDirectory
    {
        get
        {
            var configured = Environment.GetEnvironmentVariable("E2E_ARTIFACTS_DIR");
            var directory = string.IsNullOrWhiteSpace(configured)
                ? Path.Combine(RepositoryRoot, "TestResults")
                : Path.GetFullPath(configured);
            Directory.CreateDirectory(directory);
            return directory;
        }
    }

    /// <summary>
    /// The bot's own build output (src/Bot/bin/&lt;configuration&gt;/&lt;tfm&gt;), where its
    /// appsettings and deps file belong to it alone; the copy the project reference puts next to
    /// the test assembly is the fallback. E2E_BOT_DLL overrides both.
    /// </summary>
    public static string BotAssembly
    {
        get
        {
            var configured = Environment.GetEnvironmentVariable("E2E_BOT_DLL");
            if (!string.IsNullOrWhiteSpace(configured))
            {
                return File.Exists(configured) ? Path.GetFullPath(configured) : throw new FileNotFoundException("E2E_BOT_DLL points nowhere.", configured);
            }

            var candidates = new[]
            {
                Path.Combine(RepositoryRoot, "src", "Bot", "bin", BuildMetadata("Configuration"), BuildMetadata("TargetFramework"), "ComplianceBot.Bot.dll"),
                Path.Combine(TestAssemblyDirectory, "ComplianceBot.Bot.dll"),
            };
            return candidates.FirstOrDefault(File.Exists)
                ?? throw new FileNotFoundException("ComplianceBot.Bot.dll not found; build the solution first. Looked in: " + string.Join(", ", candidates));
        }
    }

    private static string BuildMetadata(string key) =>
        typeof(RepositoryLayout).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .FirstOrDefault(attribute => attribute.Key == key)?.Value
        ?? throw new InvalidOperationException($"The test assembly carries no '{key}' metadata (see the csproj).");

    private static string FindRoot()
    {
        for (var directory = new DirectoryInfo(TestAssemblyDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "ComplianceBot.sln")))
            {
                return directory.FullName;
            }
        }

        throw new DirectoryNotFoundException($"No ComplianceBot.sln above {TestAssemblyDirectory}.");
    }
}
