using System.Security.Cryptography;

namespace ComplianceBot.Domain.Persistence;

/// <summary>
/// A development key: random bytes written once as base64 into the data folder, shared by the instances using it. The
/// one home for the identity key (decision 013), the follow-up key (decision 117) and the audit chain key (decision 120)
/// in Development; every other environment takes them from configuration.
/// </summary>
internal static class DevelopmentKeyFile
{
    public static string ReadOrCreate(string directory, string fileName, int keyBytes)
    {
        Directory.CreateDirectory(directory);
        var path = Path.Combine(directory, fileName);
        if (!File.Exists(path))
        {
            try
            {
                using var stream = new FileStream(path, FileMode.CreateNew, FileAccess.Write);
                stream.Write(System.Text.Encoding.ASCII.GetBytes(Convert.ToBase64String(RandomNumberGenerator.GetBytes(keyBytes))));
            }
            catch (IOException) when (File.Exists(path))
            {
                // Another instance created it first; use theirs.
            }
        }

        return File.ReadAllText(path).Trim();
    }
}
