using MongoDB.Bson;
using OmniCharts.Contracts;

namespace OmniCharts.Ingestor.Documents;

/// <summary><c>users</c> → <see cref="UserChanged"/>: roles, hashed login tokens and utcOffset.</summary>
internal static class UserMapping
{
    public static UserChanged Map(BsonDocument user) => new(
        BsonFields.Id(user),
        BsonFields.UpdatedAt(user),
        BsonFields.StringArray(user, "roles"),
        HashedLoginTokens(user),
        BsonFields.OptionalNumber(user, "utcOffset"));

    // Login and personal access tokens live side by side in loginTokens; both authenticate. Entries
    // without a hashedToken (very old plain tokens) cannot match a hash, so they are left out.
    private static List<string> HashedLoginTokens(BsonDocument user)
    {
        var tokens = new List<string>();
        var loginTokens = BsonFields.OptionalValue(user, "services", "resume", "loginTokens");
        if (loginTokens is null)
            return tokens;
        if (!loginTokens.IsBsonArray)
            throw new DocumentRejectedException($"services.resume.loginTokens must be an array, found {loginTokens.BsonType}");

        foreach (var entry in loginTokens.AsBsonArray)
        {
            if (!entry.IsBsonDocument)
                throw new DocumentRejectedException($"services.resume.loginTokens[] must hold documents, found {entry.BsonType}");
            var hashed = BsonFields.OptionalString(entry.AsBsonDocument, "hashedToken", "services.resume.loginTokens[].hashedToken");
            if (hashed is not null)
                tokens.Add(hashed);
        }

        return tokens;
    }
}
