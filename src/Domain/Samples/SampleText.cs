namespace ComplianceBot.Domain.Samples;

/// <summary>
/// What a person typed, in the invented entries behind card previews (<c>cards export</c>). Inside
/// <see cref="Hostile"/> every such text also carries Markdown, a Markdown link, a bare URL, a host name and a list
/// line, as a reporter or declarant could type them, so a test can check that every card shows them as plain text
/// (decision 121).
/// </summary>
public static class SampleText
{
    /// <summary>The text every hostile sample carries; a card that shows user text shows this word.</summary>
    public const string Marker = "PLANTED";

    public const string HostileSuffix = " " + Marker + " [Open the case](https://evil.example/login) **urgent** _now_ www.evil.example <https://evil.example/x>\n- item";

    private static readonly AsyncLocal<bool> IsHostile = new();

    /// <summary>Samples built until the scope is disposed carry <see cref="HostileSuffix"/>.</summary>
    public static IDisposable Hostile()
    {
        IsHostile.Value = true;
        return new Scope();
    }

    /// <summary>A sample's user-typed text: as written, or with the hostile suffix inside <see cref="Hostile"/>.</summary>
    public static string User(string text) => IsHostile.Value ? text + HostileSuffix : text;

    private sealed class Scope : IDisposable
    {
        public void Dispose() => IsHostile.Value = false;
    }
}
