using System.Text;

namespace ComplianceBot.Bot.Tests.Channel.Inbound;

/// <summary>
/// JSON text with what a serializer will not write: <see cref="LoneSurrogate"/> becomes the escape <c>\ud800</c>,
/// <see cref="BadUtf8"/> the bytes of an encoded surrogate (ED A0 80), which are not UTF-8.
/// </summary>
internal static class RawJson
{
    public const string LoneSurrogate = "~LS~";
    public const string BadUtf8 = "~BAD~";

    private static readonly byte[] BadBytes = [0xED, 0xA0, 0x80];

    public static byte[] Bytes(string json)
    {
        var bytes = Encoding.UTF8.GetBytes(json.Replace(LoneSurrogate, "\\ud800", StringComparison.Ordinal));
        var marker = Encoding.ASCII.GetBytes(BadUtf8);
        var output = new List<byte>(bytes.Length);
        for (var i = 0; i < bytes.Length; i++)
        {
            if (bytes.AsSpan(i).StartsWith(marker))
            {
                output.AddRange(BadBytes);
                i += marker.Length - 1;
            }
            else
            {
                output.Add(bytes[i]);
            }
        }

        return [.. output];
    }
}
