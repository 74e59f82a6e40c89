using System.Security.Cryptography;
using System.Text;

namespace OmniCharts.QueryApi.Auth;

/// <summary>Meteor's login token hashing (<c>Accounts._hashLoginToken</c>).</summary>
public static class LoginToken
{
    /// <summary>base64(SHA-256(UTF-8 <paramref name="token"/>)), as stored in <c>services.resume.loginTokens.hashedToken</c>.</summary>
    public static string Hash(string token) => Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(token)));
}
