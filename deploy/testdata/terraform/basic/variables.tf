variable "runtime" {
  type    = string
  default = "node18"
}

variable "provider_base_url" {
  type    = string
  default = "https://sms.example.test"
}

variable "sms_api_key" {
  type      = string
  sensitive = true
}

variable "sender" {
  type = string
}
