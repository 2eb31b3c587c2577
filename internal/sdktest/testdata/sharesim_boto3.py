"""What the boto3 scripts beside this module share.

Each boto3_*.py script drives one flow against a started cmd/sharesim and
prints what boto3 returned as one JSON document on stdout; a Go test
(runPython in boto3_test.go) runs it and asserts the document. A script
imports this module before anything else of boto3: importing it exits with
status 3 if boto3 is not installed, so that the test can tell a missing
library from a failure.
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


def client(service, endpoint, account):
    """A boto3 client of service at endpoint, signing as account.

    sharesim takes the account ID as access key; a call is tried once, so
    that an error reaches the script as the endpoint returned it.
    """
    return boto3.client(
        service,
        endpoint_url=endpoint,
        region_name="us-east-1",
        aws_access_key_id=account,
        aws_secret_access_key="sharesim-secret",
        config=Config(retries={"max_attempts": 1, "mode": "standard"}),
    )


def error_of(call):
    """The botocore ClientError call raises, as a dict, or None if it succeeds.

    The dict holds the error code and message, the Reason member botocore
    parses from modeled errors ("" without one), the HTTP status and the
    request ID botocore read from the response.
    """
    try:
        call()
    except ClientError as e:
        return {
            "code": e.response["Error"]["Code"],
            "message": e.response["Error"]["Message"],
            "reason": e.response.get("Reason", ""),
            "status": e.response["ResponseMetadata"]["HTTPStatusCode"],
            "requestId": e.response["ResponseMetadata"].get("RequestId", ""),
        }
    return None


def report(out):
    """Print out, with the boto3 and botocore versions, as one JSON document."""
    json.dump({"boto3": boto3.__version__, "botocore": botocore.__version__, **out}, sys.stdout)
