using System.Security.Cryptography;
using System.Text;
using MongoDB.Bson;
using OmniCharts.Reference.Bson;

namespace OmniCharts.Reference.ChartsData.Auth;

/// <summary>Who is calling (charts-data.md §6): the user document whose id and token match.</summary>
internal static class Caller
{
    private const string Permission = "view-livechat-manager";

    private static readonly string[] DefaultRoles = ["admin", "livechat-manager", "livechat-monitor"];

    public static BsonDocument? Authenticate(IReadOnlyList<BsonDocument> users, ChartRequest request) =>
        Authenticate(users, request.UserId, request.AuthToken);

    /// <summary>The same check for any endpoint of the Analytics page: the two headers as sent, null when absent.</summary>
    public static BsonDocument? Authenticate(IReadOnlyList<BsonDocument> users, string? userId, string? authToken)
    {
        if (string.IsNullOrEmpty(userId) || string.IsNullOrEmpty(authToken))
            return null;
        var hashed = HashToken(authToken);
        return users.FirstOrDefault(user =>
            BsonPaths.String(user, "_id") == userId &&
            BsonPaths.At(user, "services.resume.loginTokens") is BsonArray tokens &&
            tokens.OfType<BsonDocument>().Any(t => BsonPaths.String(t, "hashedToken") == hashed));
    }

    public static bool MayViewManagerCharts(BsonDocument user, IReadOnlyList<BsonDocument> permissions)
    {
        var document = permissions.FirstOrDefault(p => BsonPaths.String(p, "_id") == Permission);
        var allowed = document is null ? DefaultRoles : BsonPaths.Strings(document, "roles");
        return BsonPaths.Strings(user, "roles").Any(allowed.Contains);
    }

    /// <summary>Rocket.Chat stores base64(SHA-256(token)) of login and personal access tokens alike.</summary>
    public static string HashToken(string token) =>
        Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(token)));
}
