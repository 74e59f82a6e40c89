using System.Reflection;
using System.Security.Cryptography;
using System.Text;
using StackExchange.Redis;

namespace OmniCharts.ReadModel.Writing;

/// <summary>One Lua write script: the key prelude and shared parts followed by its body, run with EVALSHA.</summary>
internal sealed class WriteScript
{
    private readonly string text;
    private readonly byte[] hash;

    private WriteScript(string text)
    {
        this.text = text;
#pragma warning disable CA5350 // SHA-1 is how Redis names scripts (EVALSHA), not a security measure.
        hash = SHA1.HashData(Encoding.UTF8.GetBytes(text));
#pragma warning restore CA5350
    }

    /// <summary>Concatenates the key prelude and the named embedded scripts, in order.</summary>
    public static WriteScript Load(params string[] names) =>
        new(Keys.RedisKeySchema.LuaKeyFunctions + string.Concat(names.Select(Read)));

    /// <summary>A script that is the embedded resource <paramref name="resourceName"/> alone, for scripts whose keys come as arguments.</summary>
    public static WriteScript FromResource(string resourceName) => new(ReadResource(resourceName));

    /// <summary>Runs the script by its hash; a server that does not know it yet (NOSCRIPT) gets the text once.</summary>
    public async Task<RedisResult> EvaluateAsync(IDatabase database, RedisKey[] keys, RedisValue[] arguments)
    {
        try
        {
            return await database.ScriptEvaluateAsync(hash, keys, arguments).ConfigureAwait(false);
        }
        catch (RedisServerException e) when (e.Message.StartsWith("NOSCRIPT", StringComparison.Ordinal))
        {
            return await database.ScriptEvaluateAsync(text, keys, arguments).ConfigureAwait(false);
        }
    }

    private static string Read(string name) => ReadResource($"OmniCharts.ReadModel.Scripts.{name}.lua");

    private static string ReadResource(string resourceName)
    {
        var assembly = typeof(WriteScript).Assembly;
        using var stream = assembly.GetManifestResourceStream(resourceName)
            ?? throw new InvalidOperationException($"Embedded script {resourceName} is missing.");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return reader.ReadToEnd() + "\n";
    }
}
