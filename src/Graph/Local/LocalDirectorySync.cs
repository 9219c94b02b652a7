using System.Text.Json;
using Microsoft.Extensions.Options;

namespace ComplianceBot.Graph.Local;

/// <summary>
/// Development directory: users from <c>Graph:LocalDirectoryFile</c> (a JSON array of <see cref="DirectoryUser"/>),
/// or none. The delta link is a hash of the file, so an unchanged file yields an empty round.
/// </summary>
internal sealed class LocalDirectorySync(IOptions<GraphOptions> options, LocalContentRoot contentRoot) : IDirectorySync
{
    private const string LinkPrefix = "local-directory:";
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public async Task<DirectoryDelta> GetUsersDeltaAsync(string? deltaLink, CancellationToken cancellationToken)
    {
        var file = options.Value.LocalDirectoryFile;
        if (string.IsNullOrWhiteSpace(file))
        {
            return new DirectoryDelta([], [], LinkPrefix + "empty");
        }

        var path = Path.GetFullPath(Path.Combine(contentRoot.Path, file));
        var bytes = await File.ReadAllBytesAsync(path, cancellationToken);
        var link = LinkPrefix + SafeFileName.Hash(Convert.ToBase64String(bytes));
        if (link == deltaLink)
        {
            return new DirectoryDelta([], [], link);
        }

        var users = JsonSerializer.Deserialize<List<DirectoryUser>>(bytes, Json) ?? [];
        return new DirectoryDelta(users, [], link);
    }
}
