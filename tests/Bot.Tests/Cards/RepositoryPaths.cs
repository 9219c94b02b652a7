namespace ComplianceBot.Bot.Tests.Cards;

internal static class RepositoryPaths
{
    /// <summary>The clone's root: the first folder above the test binaries holding ComplianceBot.sln.</summary>
    public static string Root { get; } = FindRoot();

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
