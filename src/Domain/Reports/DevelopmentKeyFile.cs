using System.Security.Cryptography;

namespace ComplianceBot.Domain.Reports;

/// <summary>A development key: random bytes written once as base64 into the data folder, shared by the instances using it.</summary>
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
