using OmniCharts.QueryApi.Auth;

namespace OmniCharts.UnitTests.QueryApi.Auth;

public class LoginTokenTests
{
    [Fact]
    public void Token_hash_is_base64_of_sha256_like_meteor() =>
        // SHA-256("abc") = ba7816bf…f20015ad (FIPS 180-2 test vector), in base64.
        Assert.Equal("ungWv48Bz+pBQUDeXa4iI7ADYaOWF3qctBD/YfIAFa0=", LoginToken.Hash("abc"));
}
