"""Organizations handshake lifecycle with boto3 against a started cmd/sharesim.

Usage: python3 boto3_orgs_handshakes.py ENDPOINT MANAGEMENT MEMBER OUTSIDER

Each account signs with its account ID as access key. The script only
drives the calls and prints what boto3 returned as one JSON document on
stdout; the Go test (boto3_orgs_test.go) asserts it. It exits 3 if boto3 is
not installed, so that the test can tell a missing library from a failure.
"""

import json
import sys

try:
    import boto3
    import botocore
    from botocore.config import Config
    from botocore.exceptions import ClientError
except ImportError as e:  # the Go test decides whether that is fatal
    print("boto3 is not installed: %s" % e, file=sys.stderr)
    sys.exit(3)


def client(endpoint, account):
    return boto3.client(
        "organizations",
        endpoint_url=endpoint,
        region_name="us-east-1",
        aws_access_key_id=account,
        aws_secret_access_key="sharesim-secret",
        config=Config(retries={"max_attempts": 1, "mode": "standard"}),
    )


def error_of(call):
    try:
        call()
    except ClientError as e:
        return {
            "code": e.response["Error"]["Code"],
            "message": e.response["Error"]["Message"],
            "reason": e.response.get("Reason", ""),
            "status": e.response["ResponseMetadata"]["HTTPStatusCode"],
        }
    return None


def brief(handshakes):
    return [{"id": h["Id"], "state": h["State"]} for h in handshakes]


def main():
    endpoint, management, member, outsider = sys.argv[1:5]
    as_mgmt, as_member, as_outsider = (client(endpoint, a) for a in (management, member, outsider))
    out = {"boto3": boto3.__version__, "botocore": botocore.__version__}

    as_mgmt.create_organization(FeatureSet="ALL")
    invited = as_mgmt.invite_account_to_organization(Target={"Id": member, "Type": "ACCOUNT"})["Handshake"]
    hs_id = invited["Id"]
    out["invited"] = {
        "id": hs_id,
        "state": invited["State"],
        "lifetime": (invited["ExpirationTimestamp"] - invited["RequestedTimestamp"]).total_seconds(),
    }
    out["memberSees"] = brief(as_member.list_handshakes_for_account()["Handshakes"])
    out["outsiderDescribe"] = error_of(lambda: as_outsider.describe_handshake(HandshakeId=hs_id))
    out["managementDecline"] = error_of(lambda: as_mgmt.decline_handshake(HandshakeId=hs_id))
    out["declined"] = as_member.decline_handshake(HandshakeId=hs_id)["Handshake"]["State"]
    out["declineAgain"] = error_of(lambda: as_member.decline_handshake(HandshakeId=hs_id))
    out["acceptDeclined"] = error_of(lambda: as_member.accept_handshake(HandshakeId=hs_id))
    out["managementDescribes"] = as_mgmt.describe_handshake(HandshakeId=hs_id)["Handshake"]["State"]

    second = as_mgmt.invite_account_to_organization(Target={"Id": outsider, "Type": "ACCOUNT"})["Handshake"]["Id"]
    out["canceledId"] = second
    out["canceled"] = as_mgmt.cancel_handshake(HandshakeId=second)["Handshake"]["State"]
    out["cancelAgain"] = error_of(lambda: as_mgmt.cancel_handshake(HandshakeId=second))

    pages = as_mgmt.get_paginator("list_handshakes_for_organization").paginate(
        Filter={"ActionType": "INVITE"}, PaginationConfig={"PageSize": 1}
    )
    out["organizationSees"] = [h for page in pages for h in brief(page["Handshakes"])]
    out["bothFilters"] = error_of(
        lambda: as_mgmt.list_handshakes_for_organization(Filter={"ActionType": "INVITE", "ParentHandshakeId": hs_id})
    )
    out["badId"] = error_of(lambda: as_member.describe_handshake(HandshakeId="h-NOT-AN-ID"))

    json.dump(out, sys.stdout)


if __name__ == "__main__":
    main()
