using System.Text.Json;

namespace ComplianceBot.Bot.Tests.Manifest;

/// <summary>
/// The command titles in manifest/manifest.json, in order. A test comparing them with
/// ComplianceBot.Bot.Conversation.BotCommands can call <see cref="Titles"/>.
/// </summary>
internal static class ManifestCommands
{
    public static IReadOnlyList<string> Titles()
    {
        using var manifest = JsonDocument.Parse(File.ReadAllText(Path.Combine(RepositoryPaths.ManifestFolder, "manifest.json")));
        return manifest.RootElement.GetProperty("bots")[0].GetProperty("commandLists")
            .EnumerateArray()
            .SelectMany(list => list.GetProperty("commands").EnumerateArray())
            .Select(command => command.GetProperty("title").GetString()!)
            .ToList();
    }
}
