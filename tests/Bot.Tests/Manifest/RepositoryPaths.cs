namespace ComplianceBot.Bot.Tests.Manifest;

/// <summary>Finds the repository root (the folder with ComplianceBot.sln) from the test's output folder.</summary>
internal static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    public static string ManifestFolder => Path.Combine(Root, "manifest");

    public static string Validator => Path.Combine(Root, "tools", "validate-manifest.mjs");

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "ComplianceBot.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("ComplianceBot.sln not found above " + AppContext.BaseDirectory);
    }
}
