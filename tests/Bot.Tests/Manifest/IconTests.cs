namespace ComplianceBot.Bot.Tests.Manifest;

public sealed class IconTests
{
    private static PngImage Icon(string name) => PngImage.Read(Path.Combine(RepositoryPaths.ManifestFolder, name));

    [Fact]
    public void ColorIcon_Read_Is192By192()
    {
        var icon = Icon("color.png");

        Assert.Equal((192, 192), (icon.Width, icon.Height));
    }

    [Fact]
    public void OutlineIcon_Read_Is32By32()
    {
        var icon = Icon("outline.png");

        Assert.Equal((32, 32), (icon.Width, icon.Height));
    }

    [Fact]
    public void OutlineIcon_EveryPixel_IsWhiteOrFullyTransparent()
    {
        var icon = Icon("outline.png");

        for (var y = 0; y < icon.Height; y++)
        {
            for (var x = 0; x < icon.Width; x++)
            {
                var (r, g, b, a) = icon.Pixel(x, y);
                Assert.True(a == 0 || (r, g, b) == (255, 255, 255), $"pixel ({x},{y}) is ({r},{g},{b},{a})");
            }
        }
    }

    [Fact]
    public void OutlineIcon_Background_IsTransparentAroundAVisibleGlyph()
    {
        var icon = Icon("outline.png");
        var opaque = Enumerable.Range(0, icon.Width * icon.Height).Count(i => icon.Rgba[(i * 4) + 3] == 255);

        Assert.All(new[] { (0, 0), (31, 0), (0, 31), (31, 31) }, p => Assert.Equal(0, icon.Pixel(p.Item1, p.Item2).A));
        Assert.InRange(opaque, 40, 32 * 32 / 2);
    }

    [Fact]
    public void ColorIcon_EveryPixel_IsOpaque()
    {
        var icon = Icon("color.png");

        Assert.All(Enumerable.Range(0, icon.Width * icon.Height), i => Assert.Equal(255, icon.Rgba[(i * 4) + 3]));
    }

    [Fact]
    public async Task MakeIcons_RunAgain_DrawsTheCommittedPixels()
    {
        var folder = Directory.CreateTempSubdirectory("compliancebot-icons-").FullName;
        try
        {
            var result = await NodeProcess.RunAsync(["manifest/make-icons.mjs", folder]);

            Assert.Equal(0, result.ExitCode);
            Assert.Equal(Icon("color.png").Rgba, PngImage.Read(Path.Combine(folder, "color.png")).Rgba);
            Assert.Equal(Icon("outline.png").Rgba, PngImage.Read(Path.Combine(folder, "outline.png")).Rgba);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
