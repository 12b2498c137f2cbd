sms_api_key = "tf-key-from-var-file"
